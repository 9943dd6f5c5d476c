package crampcoach.skill;

import crampcoach.content.ContentLibrary;
import crampcoach.content.LocaleContent;
import crampcoach.guidance.Routine;

/** The en-US content a dialog test compares what Alexa says against. */
final class UsContent {

    static final LocaleContent US = new ContentLibrary().forLocale("en-US");

    private UsContent() {
    }

    static Routine routine(String id) {
        return US.routines().find(id).orElseThrow();
    }

    static String message(String id) {
        return US.messages().text(id);
    }
}
