/** Saves `data` as a JSON file through the browser's download, without any network request. */
export function downloadJson(fileName: string, data: unknown): void {
	const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
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
