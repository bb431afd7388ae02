/** The id of a field's input, from its path: `helpDesk[0].url` → `field-helpDesk-0-url`. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
