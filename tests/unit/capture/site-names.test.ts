import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { indexElements } from '../../../lib/capture/element-index';
import { readLanguageVersions, readSiteNames } from '../../../lib/capture/page-chrome';

const elements = (body: string) => indexElements(new JSDOM(`<!doctype html><html><head><title>t</title><link rel="alternate" hreflang="de-AT" href="/de"></head><body>${body}</body></html>`).window.document);

describe('the names the chrome gives the site', () => {
  it('reads slogans, each text of a bilingual logo, logo alt text and footer headings, in order', () => {
    const names = readSiteNames(elements(`
      <header><a class="logo"><span class="logo-xx">Ministerio de Utopía</span><span class="logo-en">Ministry of Utopia</span></a>
      <div class="site-slogan">Embajada de Utopía en Ruritania</div><img class="logo" alt="Utopia Embassy"></header>
      <nav class="brand-menu"><ul><li><a>Home</a></li></ul></nav>
      <footer><p><strong>Embajada de Utopía</strong> Calle 1</p></footer>`));
    expect(names).toEqual(['Ministerio de Utopía', 'Ministry of Utopia', 'Embajada de Utopía en Ruritania', 'Utopia Embassy', 'Embajada de Utopía']);
  });
  it("reads a banner image's alt near the top, a footer cell's first line, and Spanish class words", () => {
    const names = readSiteNames(elements(`<table><tr><td><img src="/b.jpg" alt="UtoMinrex. Ministerio de Relaciones Exteriores de Utopía"></td></tr>
      <tr><td><span class="sitio">UtoMinrex</span></td></tr><tr><td class="pie">Ministerio de Utopía<br>Calle 1</td></tr></table>`));
    expect(names).toEqual(['UtoMinrex. Ministerio de Relaciones Exteriores de Utopía', 'UtoMinrex', 'Ministerio de Utopía']);
    expect(readSiteNames(elements('<p class="copied">Not a footer</p><p class="pie-chart">x</p>'))).toEqual([]);
  });
  it('reads no menu that a brand box wraps', () => {
    expect(readSiteNames(elements('<div class="brand"><ul><li>News</li><li>Contact</li></ul></div>'))).toEqual([]);
  });
});

describe('the languages the site is offered in', () => {
  it('reads hreflang and lang of links and the labels of a switcher', () => {
    expect(readLanguageVersions(elements('<a href="/fr" lang="fr">FR</a><a href="/en">EN</a><a href="/x" hreflang="es">Español</a>'))).toEqual(['de', 'en', 'es', 'fr']);
    expect(readLanguageVersions(elements('<a href="/e">In English</a>'))).toEqual(['de', 'en']);
  });
  it('takes no word that merely starts like a code', () => {
    expect(readLanguageVersions(elements('<p>ENGLISH lessons</p><a href="/n">Energy</a>'))).toEqual(['de']);
  });
});
