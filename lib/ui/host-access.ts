// The optional host permission that "capture all tabs" asks for on the user's click and gives back
// when done. Web pages only (not file://, not <all_urls>): the capture never reads anything else.
export const HOST_ACCESS_ORIGINS = ['http://*/*', 'https://*/*'] as const;
