/**
 * A local stand-in for an Echo: the developer types what they would say, the console picks the intent
 * and slots from the locale's interaction model the way Alexa's NLU would (closely enough for a
 * dialog walk-through, not for accuracy testing), builds the request envelope Alexa would send, passes
 * its bytes through the same Lambda entry point as production and prints what Alexa would say.
 * Nothing here is used by the skill itself; the package only depends on the Lambda entry point.
 */
package crampcoach.console;
