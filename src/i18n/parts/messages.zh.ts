// 简体中文 texts of the "messages" keys (merged into locales/zh.ts); the same keys as messages.en.ts.
export default {};
