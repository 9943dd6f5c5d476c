package crampcoach.safety;

/** The second opinion used until a learned one is wired in: it never suspects anything. */
enum NoSecondOpinion implements SecondOpinion {
    INSTANCE;

    @Override
    public boolean suspectsRedFlag(String normalisedUtterance) {
        return false;
    }
}
