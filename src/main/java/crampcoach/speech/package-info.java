/**
 * The only place SSML is made. Text goes in as plain sentences from the locale content; the builder
 * escapes it, turns holds into chained breaks of at most ten seconds, and refuses to build speech
 * longer than Alexa accepts, so a handler cannot produce markup Alexa would reject.
 */
package crampcoach.speech;
