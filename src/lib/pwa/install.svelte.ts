/** The event Chromium fires when the app may be installed (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** iPhone/iPad Safari: no install prompt, and site data is deleted after 7 days without a visit. */
export function isIosSafari(ua: string, maxTouchPoints: number): boolean {
	const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1);
	return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

function isStandalone(): boolean {
	return (
		window.matchMedia('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true
	);
}

class InstallState {
	#prompt = $state<BeforeInstallPromptEvent | undefined>();
	#iosHint = $state(false);

	/** The browser offers installation: show the Install button. */
	get canInstall(): boolean {
		return this.#prompt !== undefined;
	}
	get showIosHint(): boolean {
		return this.#iosHint;
	}

	start(): () => void {
		this.#iosHint = isIosSafari(navigator.userAgent, navigator.maxTouchPoints) && !isStandalone();
		const offer = (event: Event) => {
			event.preventDefault(); // keep the mini-infobar away; our button asks instead
			this.#prompt = event as BeforeInstallPromptEvent;
		};
		const installed = () => (this.#prompt = undefined);
		window.addEventListener('beforeinstallprompt', offer);
		window.addEventListener('appinstalled', installed);
		return () => {
			window.removeEventListener('beforeinstallprompt', offer);
			window.removeEventListener('appinstalled', installed);
		};
	}

	async install(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		if (outcome === 'accepted') this.#prompt = undefined;
	}

	dismissIosHint(): void {
		this.#iosHint = false;
	}
}

export const install = new InstallState();
