package dev.recon.time;

/** The TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
