// English texts of the "receptive" keys (merged into locales/en.ts).
export default {};
