/** Saves `data` as a JSON file through the browser's download, without any network request. */
export function downloadJson(fileName: string, data: unknown): void {
	saveBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}

/** Saves `text` as a UTF-8 text file (plain text unless told), without any network request. */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
	saveBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Saves `bytes` (a file made elsewhere, e.g. encrypted) as they are, without any network request. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
	saveBlob(fileName, new Blob([bytes as BlobPart], { type }));
}

function saveBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers start reading the blob only after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
