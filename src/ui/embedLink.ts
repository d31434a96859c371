// The links of an embedded playground (`&embed=true`): the link of the frame, the full page's
// link back from it, and the <iframe> snippet the share area offers. Every other letter of the
// link is kept as it is, so both open exactly the same state.

/** `link` with every `embed=…` key taken out of its fragment. */
export function withoutEmbed(link: string): string {
  const hash = link.indexOf('#');
  if (hash < 0) return link;
  const keys = link
    .slice(hash + 1)
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== 'embed');
  return `${link.slice(0, hash + 1)}${keys.join('&')}`;
}

/** `link` with `embed=true` at the end of its fragment (once). */
export function withEmbed(link: string): string {
  const plain = withoutEmbed(link);
  if (!plain.includes('#')) return `${plain}#embed=true`;
  return plain.endsWith('#') ? `${plain}embed=true` : `${plain}&embed=true`;
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML that embeds `link` in a page at 960×540 (a 16:9 slide). `allow="cross-origin-isolated"`
 * lets the frame use threads when the page around it is cross-origin isolated itself.
 */
export function embedSnippet(link: string): string {
  return `<iframe src="${attribute(withEmbed(link))}" width="960" height="540" style="border:0" title="TCN Playground" loading="lazy" allow="cross-origin-isolated"></iframe>`;
}
