// The TCN engine: plain TypeScript on TensorFlow.js, no UI.
export * from './config';
export * from './variables';
export * from './receptiveField';
export * from './causalConv1d';
export * from './model';
export * from './gradientReport';
export * from './reachability';
