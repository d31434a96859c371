// 简体中文 texts of the "runtime" keys (merged into locales/zh.ts).
export default {};
