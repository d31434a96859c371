// The one configuration format of a run: TCN, task, training and series settings. The share URL,
// the JSON file and the CLI all go through here. Parsing never throws: every ignored, rejected or
// adjusted key comes back as a notice with its reason. Split by seam: the table of settings
// (fields, didYouMean), the configuration and its checks (schema), the link (link), the JSON file
// (configJson).
export * from './fields';
export * from './didYouMean';
export * from './schema';
export * from './link';
export * from './configJson';
