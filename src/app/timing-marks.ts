/** User Timing mark set when a conversation is first on screen (read by bench/first-load). */
export const CONVERSATION_SHOWN_MARK = 'extra-mile:conversation-shown';
