// English texts of the "classroom" keys (merged into locales/en.ts).
export default {};
