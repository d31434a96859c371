// 简体中文 texts of the "classroom" keys (merged into locales/zh.ts); the same keys as classroom.en.ts.
export default {};
