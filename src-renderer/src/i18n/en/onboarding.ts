// The first-run questions, the business stage and its review from Settings.
export const onboarding = {
  stage: {
    starting: 'Starting',
    growing: 'Growing',
    scaling: 'Scaling',
    startingSummary: 'Small and early: a steady presence and talking with your community come first.',
    growingSummary: 'Growing: marketing becomes key to reach new people and scale.',
    scalingSummary: 'Larger or fast-growing: daily engagement and data-driven growth, side by side.',
    split: 'about {{management}} / {{marketing}} management / marketing',
  },
} as const;
