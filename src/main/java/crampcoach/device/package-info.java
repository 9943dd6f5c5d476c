/**
 * What the skill knows about the device it speaks through: its time zone, read once a day through
 * the Alexa Settings API with the SDK's service client, hence whether it is night there and which
 * country's emergency number applies; and whether it has a screen. Lookups are bounded in time and
 * never block a red-flag answer; a failure leaves the locale's defaults in place.
 */
package crampcoach.device;
