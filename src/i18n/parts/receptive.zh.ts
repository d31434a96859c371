// 简体中文 texts of the "receptive" keys (merged into locales/zh.ts); the same keys as receptive.en.ts.
export default {};
