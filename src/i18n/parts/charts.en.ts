// English texts of the "charts" keys (merged into locales/en.ts).
export default {};
