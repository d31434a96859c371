// English texts of the "app" keys (merged into locales/en.ts).
export default {
  stepCount_one: '{{count, number}} step',
  stepCount_other: '{{count, number}} steps',
};
