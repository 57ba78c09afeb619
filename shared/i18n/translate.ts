/** The shape of a translate function, below everything that translates (no imports). */

/** Any i18next-like translate function (react-i18next's t and the Node translator both fit). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;
