package cn.kaohe.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: tests run what users deploy. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("kaohe.ear", "target/kaohe.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("no EAR at " + ear.getAbsolutePath() + ": run the package phase first");
        }
        return ShrinkWrap.create(ZipImporter.class, "kaohe.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
