// 简体中文 texts of the "charts" keys (merged into locales/zh.ts); the same keys as charts.en.ts.
export default {};
