// English texts of the "settings" keys (merged into locales/en.ts).
export default {};
