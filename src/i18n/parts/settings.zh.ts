// 简体中文 texts of the "settings" keys (merged into locales/zh.ts); the same keys as settings.en.ts.
export default {};
