package dev.recon.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class IoErrorsTest {

    @Test
    void namesTheProblemInPlainWordsNotTheExceptionClass() {
        assertThat(IoErrors.describe(new NoSuchFileException("/x/a.txt"))).isEqualTo("no such file or directory");
        assertThat(IoErrors.describe(new AccessDeniedException("/x/a.txt"))).isEqualTo("permission denied");
        assertThat(IoErrors.describe(new NotDirectoryException("/x/a.txt"))).isEqualTo("not a directory");
        assertThat(IoErrors.describe(new FileSystemException("/x/a.txt", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(IoErrors.describe(new IOException("Is a directory"))).isEqualTo("is a directory");
        assertThat(IoErrors.describe(new IOException())).isEqualTo("input/output error");
        assertThat(IoErrors.describe(new IOException(new IllegalStateException("x")))).isEqualTo("input/output error");
    }
}
