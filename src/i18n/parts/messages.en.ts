// English texts of the "messages" keys (merged into locales/en.ts).
export default {};
