// 简体中文 texts of the "lessons" keys (merged into locales/zh.ts); the same keys as lessons.en.ts.
export default {};
