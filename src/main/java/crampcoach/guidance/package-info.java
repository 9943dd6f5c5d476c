/**
 * What the skill guides a person through: stretch routines made of timed steps, the topics it can
 * talk about, and where a person is in a routine. Plain values and pure functions: no SDK types, no
 * speech markup, so the same routine can be rendered for Alexa, the console or a test.
 */
package crampcoach.guidance;
