// 简体中文 texts of the "app" keys (merged into locales/zh.ts); the same keys as app.en.ts.
export default {
  stepCount_other: '{{count, number}} 步',
};
