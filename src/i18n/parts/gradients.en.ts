// English texts of the "gradients" keys (merged into locales/en.ts).
export default {};
