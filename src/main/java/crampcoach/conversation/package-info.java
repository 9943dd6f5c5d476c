/**
 * The conversation: what to say next and the state it keeps between turns. {@link
 * crampcoach.conversation.Coach} decides the reply to a turn from the locale's content, the session
 * state and the safety verdict; {@link crampcoach.conversation.Reply} is that decision, and {@link
 * crampcoach.conversation.SessionAttributes} checks and writes the state Alexa echoes back. Nothing here
 * knows the ASK SDK: the handlers read the request, ask the conversation, and answer.
 */
package crampcoach.conversation;
