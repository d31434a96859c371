// 简体中文 texts of the "gradients" keys (merged into locales/zh.ts); the same keys as gradients.en.ts.
export default {};
