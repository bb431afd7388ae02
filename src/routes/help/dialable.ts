/** `tel:` wants digits and a leading +; the pack allows spaces, brackets and hyphens. */
export const dialable = (phone: string): string => phone.replace(/[^0-9+]/g, '');
