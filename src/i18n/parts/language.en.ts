// English texts of the "language" keys (merged into locales/en.ts).
export default {
  label: 'Language of the page',
};
