package org.memscape.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.memscape.learn.NetworkFile;
import org.memscape.learn.NetworkFileException;
import org.memscape.learn.TrainedNetwork;
import org.memscape.scene.Scene;

/** Reads the network a command's {@code --network} names and checks that it can stand for the scene's score. */
final class LearnedInput {

    private LearnedInput() {}

    /**
     * The network, or a {@link UserError} naming the file and what is wrong with it (unreadable,
     * malformed, wrong sizes, another model or schedule, another dimension). A network trained on
     * other memories than the scene's is allowed, with a note: comparing it with the scene's exact
     * score is the point of moving a memory.
     */
    static TrainedNetwork read(Path network, Scene scene, Path sceneFile, Path out, Notes notes) {
        if (network.toString().isEmpty()) throw new UserError("--network \"\": an empty file name; expected a network file from memscape train");
        refuseAsOutput(out, network);
        TrainedNetwork trained;
        try {
            trained = NetworkFile.read(network);
        } catch (NetworkFileException e) {
            throw new UserError(e.getMessage());
        }
        String mismatch = trained.mismatch(scene);
        if (mismatch != null) throw new UserError(network + ": does not fit " + sceneFile + ": " + mismatch);
        if (!trained.trainedOn(scene)) {
            notes.add(network + " was trained on other memories than those of " + sceneFile.getFileName()
                    + " (" + trained.scene().memories().size() + " against " + scene.memories().size() + "): its score is for those");
        }
        return trained;
    }

    /** Writing would replace the network with the output. */
    private static void refuseAsOutput(Path out, Path network) {
        if (out.toString().equals("-")) return;
        try {
            if (Files.exists(out) && Files.exists(network) && Files.isSameFile(out, network)) {
                throw new UserError("--out " + out + ": is the network file " + network + "; expected another file name (writing would replace the network)");
            }
        } catch (IOException e) {
            // cannot tell: the write itself will say what is wrong
        }
    }
}
