import type ja from './meeting.ja';

/** The one-minute check before a meeting, in English: exactly the keys of meeting.ja.ts. */
export default {
	'meeting.link': 'Before a meeting',
	'meeting.title': 'The one-minute check before a meeting',
	'meeting.lead':
		'Before you join a video meeting, check what the camera shows, what the mic picks up, what you share, and the app and who is there. Nothing of this check leaves the device.',
	'meeting.camera': 'What the camera shows',
	'meeting.camera.background':
		'Nothing behind you gives too much away: no window view, papers, notes, whiteboard, screen, photos or mirror',
	'meeting.camera.people':
		'Family and people nearby will not walk past or be heard (close the door, blur the background)',
	'meeting.join': 'The app and who joins',
	'meeting.role': 'Your part in this meeting',
	'meeting.role.guest': 'I join (I was invited)',
	'meeting.role.host': 'I host (I set the meeting up)',
	'meeting.fitted': 'Fitted to where and on whose device "{name}" is used.',
	'meeting.device': 'Fit to device',
	'meeting.notFitted': 'Register your device, and points that do not fit where you work drop out.',
	'meeting.setupLink': 'Register a device',
	'meeting.should': 'Also worth doing (SHOULD)',
	'meeting.shouldHelp': 'Not MUST at this level, so not counted in the check.',
	'meeting.mic': 'What the microphone hears',
	'meeting.mic.speaker': "Smart speakers' microphones are off",
	'meeting.mic.mute': 'Mute when you are not speaking and when you type a password',
	'meeting.share': 'Screen sharing',
	'meeting.share.tabs': 'Unrelated tabs and files are closed',
	'meeting.ready': 'You are ready. Join the meeting with confidence.',
	'meeting.open': '{count|# point|# points} still to check.',
	'meeting.mirror': 'See what your camera shows',
	'meeting.mirrorExplain':
		'The button asks the browser for the camera. The picture is shown on this page only: nothing is recorded or sent. The camera stops when you finish or leave this page.',
	'meeting.mirrorStart': 'Start the camera preview',
	'meeting.mirrorStop': 'Stop the camera',
	'meeting.mirrorLabel': 'Your camera picture (on this device only)',
	'meeting.mirrorDenied':
		"The camera could not be used. Allow it in the browser's settings, or check in your meeting app's preview.",
	'meeting.level': 'How sensitive is this meeting?',
	'meeting.levelHelp': 'The more sensitive the meeting, the more measures are MUST.',
	'meeting.mustHere': 'MUST',
	'meeting.save': 'Record the result',
	'meeting.saveHelp':
		'Only the time, the level and the number of open points are recorded, on this device. Your summary for the organisation gives the time of your last check.',
	'meeting.saved': 'Recorded ({time}).',
	'meeting.saveFailed': 'It could not be recorded. What you ticked is still on this page.',
	'meeting.last': 'Last check: {time} (level "{level}")',
	'meeting.lastReady': 'ready',
	'meeting.lastOpen': '{count|# point|# points} open',
	'meeting.lastNone': 'No check recorded yet.',
	'meeting.appsLink': 'See the meeting apps your organisation approved',
	'meeting.impersonationTell':
		"If you went along with a request, or someone in the meeting seemed wrong, tell your help desk at once. Note the meeting's name, the time, the person's display name and what they asked for.",
	'meeting.helpLink': 'See whom to tell and how',
	'meeting.impersonation': 'When someone may not be who they say',
	'meeting.impersonationBody':
		'Faces and voices can be faked (deepfakes). If you are pressed to pay, give a password or send files, do not do it in the meeting: check with the person through a phone number or address you already know. Checking is never a fault, even when the person turns out to be real.'
} satisfies Record<keyof typeof ja, string>;
