import { launchFirefox } from './firefox-session.ts';
import type { EngineName, EngineSession } from './tab.ts';
import { launchWebKit } from './webkit-session.ts';

export function launch(name: EngineName): Promise<EngineSession> {
	return name === 'webkit' ? launchWebKit() : launchFirefox();
}
