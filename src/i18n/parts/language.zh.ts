// 简体中文 texts of the "language" keys (merged into locales/zh.ts).
export default {
  label: '页面语言',
};
