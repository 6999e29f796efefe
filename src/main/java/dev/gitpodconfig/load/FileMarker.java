package dev.gitpodconfig.load;

/**
 * What marks a file as worth reporting even when it does not load. The loader applies it to every file
 * ({@link LoadedFile#marked()}) but knows nothing of what a wanted file contains: whoever decides what a
 * file is supplies the marker.
 */
public interface FileMarker {

    /** Marks no file. */
    FileMarker NONE = new FileMarker() {
        @Override
        public boolean isIn(byte[] bytes) {
            return false;
        }

        @Override
        public boolean isIn(String text) {
            return false;
        }
    };

    /**
     * Whether a file's raw bytes carry the marker; asked when they could not be decoded or are too large to load.
     *
     * @param bytes the bytes read, at most one past the size limit
     * @return true when marked
     */
    boolean isIn(byte[] bytes);

    /**
     * Whether a file's decoded text carries the marker; asked for every file that could be decoded.
     *
     * @param text the text, before any byte-order mark is removed
     * @return true when marked
     */
    boolean isIn(String text);
}
