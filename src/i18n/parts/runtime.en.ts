// English texts of the "runtime" keys (merged into locales/en.ts).
export default {};
