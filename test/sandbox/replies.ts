/** The simulated AI's replies (invented text): plausible steps ("Editing X component") and a short answer. */
import type { ChatMode } from './cost';

function componentName(prompt: string, appName: string): string {
  const m = /\b(header|footer|button|form|list|table|card|navbar|sidebar|modal|page|dashboard|login)\b/i.exec(
    prompt,
  );
  const base = m ? m[1]! : (appName.split(' ')[0] ?? 'App');
  return base.charAt(0).toUpperCase() + base.slice(1).toLowerCase();
}

export interface Reply {
  content: string;
  reasoning: string;
  steps: { summary: string; file: string }[];
  thoughtSeconds: number;
}

export function replyFor(prompt: string, mode: ChatMode, appName: string, random: () => number): Reply {
  const thoughtSeconds = 2 + Math.floor(random() * 8);
  if (mode === 'discuss') {
    return {
      content: `Here is how I would approach "${prompt.slice(0, 60)}": start small, check the result in the preview, then iterate. No changes were made.`,
      reasoning: 'The user wants advice, not changes.',
      steps: [],
      thoughtSeconds,
    };
  }
  const c = componentName(prompt, appName);
  const file = `src/components/${c}.jsx`;
  return {
    content: `Done: I updated the ${c} component. Take a look at the preview.`,
    reasoning: `Considering which components this touches: ${c}.`,
    steps: [
      { summary: `Reading ${c} component`, file },
      { summary: `Editing ${c} component`, file },
    ],
    thoughtSeconds,
  };
}
