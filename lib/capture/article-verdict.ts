// Is there one article on this page? A home page, a news list or a login form must get a plain
// "no article" rather than a record made of navigation.
import type { RawCapture } from './raw-capture';

/** Shortest press release in the corpus is ~270 characters; anything under this is not a text. */
export const MIN_ARTICLE_CHARS = 120;
/** Above this share of linked text the "article" is a list of links to other pages. */
export const MAX_LINK_DENSITY = 0.5;

export function noArticleReason(raw: RawCapture): string | null {
  const where = raw.documentTitle.slice(0, 120) || raw.url;
  // The browser's own viewers are documents too, and the capture script reads them without complaint.
  const type = raw.contentType?.toLowerCase() ?? '';
  if (type === 'application/pdf') return 'PDF documents cannot be captured yet: Communiqué reads web pages only.';
  if (/^(image|video|audio)\//.test(type)) {
    return `This tab shows ${type.startsWith('image/') ? 'an image' : 'a media file'} ("${where}"), not an article. Open a press release and try again.`;
  }
  const text = raw.article?.text.trim() ?? '';
  if (!raw.article || text.length < MIN_ARTICLE_CHARS) {
    return `No article was found on this page ("${where}"): it looks like a home page, a list or a login page. Open a single press release and try again.`;
  }
  if (raw.article.linkDensity > MAX_LINK_DENSITY) {
    return `This page ("${where}") is mostly links to other pages (${Math.round(raw.article.linkDensity * 100)}% of its text), like a home page or a news list. Open a single press release and try again.`;
  }
  return null;
}
