// marp-cli configuration for every deck (used by tools/build.mjs).
export default {
  // The decks' raw HTML: <small> in the generated number tables.
  html: true,
  // Offline and self-contained: keep emoji as Unicode text (Marp's default swaps them for
  // twemoji images from a CDN) and render with the system's emoji font (fonts-noto-color-emoji).
  options: {
    emoji: { shortcode: true, unicode: false },
    math: false,
  },
  themeSet: ['./theme'],
  allowLocalFiles: false,
};
