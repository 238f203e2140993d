// Signing in with the owner's own developer app or a Mastodon server, in English: what is
// missing, what went wrong on this computer, and how to start again.
export const SIGN_IN_MESSAGES = {
  noOwnApp: 'Cadence cannot sign in to {{network}} with your own app.',
  cannotConnect: 'Cadence cannot connect to {{network}} yet.',
  clientIdFirst: 'Enter your {{network}} app’s client ID first.',
  clientIdThenSignIn: 'Enter your {{network}} app’s client ID first, then sign in.',
  portBusy:
    'Cadence could not listen on this computer at port {{port}}, where {{network}} sends you back after signing in: another program is using it. Close that program, then sign in again.',
  noneInProgress: 'Cadence has no sign-in in progress. Start again from Settings in Cadence.',
  noMastodonInProgress: 'Cadence has no Mastodon sign-in in progress. Start again from Settings in Cadence.',
  otherSignIn:
    'That address belongs to another sign-in. Paste the address the browser shows after the sign-in you just started.',
  noCode:
    'That address has no sign-in code. After allowing Cadence on {{network}}, copy the whole address from the address bar.',
  notAnAddress:
    'That is not a web address. Copy the whole address from the browser’s address bar, then paste it here.',
  wrongAddress:
    'That is not the address {{network}} sends you back to (it starts with {{start}}). After allowing Cadence, copy the address the browser stops on.',
  unknownAccount: 'One of those accounts is not in this sign-in. Choose again.',
  timedOut:
    'The {{network}} sign-in was not finished within 10 minutes. Start again from Settings in Cadence.',
  startAgain: 'Start again from Settings in Cadence.',
  tookOver: 'A newer sign-in took over. Start again from Settings in Cadence.',
  stopped: 'You stopped the sign-in. Start again from Settings in Cadence.',
  closed: 'Cadence closed before the sign-in finished. Start again from Settings in Cadence.',
  notAllowed:
    'You did not allow Cadence on {{network}}, so it is not connected. Start again from Settings in Cadence.',
  refused: '{{network}} did not sign Cadence in (“{{said}}”). Start again from Settings in Cadence.',
  couldNotFinish: 'Cadence could not finish the {{network}} sign-in. Start again from Settings in Cadence.',
  ended: 'This sign-in has already ended. Start again from Settings in Cadence.',
  notThisSignIn:
    'This page was not opened by the sign-in Cadence started. Start again from Settings in Cadence.',
  // The page the browser shows when a sign-in comes back to Cadence.
  connected: 'Cadence is connected to {{network}}. You can close this tab.',
  chooseAccounts: '{{network}} signed Cadence in. Go back to Cadence to choose which accounts to connect.',
  memberOnly:
    'Your LinkedIn app may not post for company Pages (that needs its Community Management API product), so Cadence connects you as yourself only.',
  nothingHere: 'Nothing is here. Go back to Cadence.',
  pageFailed: 'Cadence could not finish the sign-in. Start again in Cadence.',
  continue: 'Continue',
} as const;
