// Every page is prerendered: the app is static files, served by any host and cached for offline use.
export const prerender = true;
export const trailingSlash = 'never';
