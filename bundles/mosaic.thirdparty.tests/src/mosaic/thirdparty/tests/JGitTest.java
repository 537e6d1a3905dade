package mosaic.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JGitTest {

    @TempDir
    Path tmp;

    @Test
    void commitsAndClonesOverAFileUri() throws Exception {
        Path origin = tmp.resolve("origin");
        PersonIdent analyst = new PersonIdent("JMAC analyst", "jmac@example.org");
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            Files.writeString(origin.resolve("actor.xmi"), "<actor name=\"Group A\"/>");
            git.add().addFilepattern("actor.xmi").call();
            git.commit().setMessage("Add Group A").setAuthor(analyst).setCommitter(analyst).setSign(false).call();
        }
        try (Git clone = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(tmp.resolve("clone").toFile()).call()) {
            RevCommit head = clone.log().call().iterator().next();
            assertEquals("Add Group A", head.getFullMessage());
            assertEquals("JMAC analyst", head.getAuthorIdent().getName());
            assertEquals("<actor name=\"Group A\"/>", Files.readString(tmp.resolve("clone/actor.xmi")));
        }
    }
}
