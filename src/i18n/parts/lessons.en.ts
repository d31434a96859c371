// English texts of the "lessons" keys (merged into locales/en.ts).
export default {};
